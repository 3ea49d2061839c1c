spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, j INT, dt DATE, i INT, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), ts TIMESTAMP, b BOOLEAN, s STRING, t STRING, k BIGINT").json(INPUT)
result = df.where("coalesce(array_contains(split(CAST(nvl2(n, (dt IS NOT NULL), true) AS STRING), ','), 'Hello'), true)").selectExpr("id", "nvl(id, 0L) AS c1", "date_format(ts, 'MMM d, yyyy') AS c2", "((d * f) / nullif((i / 2), 0)) AS c3", "(id % 7) AS c4")
OUTPUT_MODE = "append"
