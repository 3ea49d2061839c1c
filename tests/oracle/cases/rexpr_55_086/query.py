from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.least(F.least(col("ts"), col("ts")), col("ts"), col("ts")).alias("c1"), expr("pmod(CASE WHEN b THEN i WHEN b THEN 0 ELSE i END, nullif(nullif((3 * i), 1), 0)) AS c2"), expr("CASE WHEN (s IS NOT NULL) THEN crc32(date_format(ts, 'EEE')) ELSE (2 * id) END").alias("c3"), expr("(id DIV 2) AS c4"), expr("CAST(t AS INT)").alias("c5"), expr("(id + CAST(ts AS DOUBLE))").alias("c6"))
OUTPUT_MODE = "append"
