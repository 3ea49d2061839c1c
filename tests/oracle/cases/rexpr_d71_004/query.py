from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, dt DATE, t STRING, i INT, s STRING, b BOOLEAN, m DECIMAL(38,10)").json(INPUT)
result = df.select("id", expr("round(m)"), expr("TRY_CAST(t AS DOUBLE) AS c2"), expr("unix_timestamp(dt) AS c3"), expr("CASE i WHEN -1 THEN id ELSE id END"))
OUTPUT_MODE = "append"
