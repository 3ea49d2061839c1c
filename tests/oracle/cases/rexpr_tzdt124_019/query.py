spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "s", F.upper(expr("CAST(INTERVAL '-2' DAY AS STRING)")).alias("c1"), expr("(m / nullif(i, 0)) AS c2"))
OUTPUT_MODE = "append"
