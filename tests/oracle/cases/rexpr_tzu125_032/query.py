spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "sequence(1, i, 0) AS c1", "add_months(dt, i) AS c2", "xpath('<a><b>x</b><b>' || 0 || '</b></a>', 'a/b/text()') AS c3").filter((col("dt") <= F.to_date(lit("2023-12-31"))))
OUTPUT_MODE = "append"
