from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("format_number(crc32(t), 3)").alias("c1"), F.when((col("j") > lit(0)), col("dt")).when((col("d") > lit(2.0)), F.to_date(lit("2024-02-29"))).when(col("b"), col("dt")).otherwise(col("dt")).alias("c2"), expr("CASE WHEN b THEN CASE WHEN (j <> 1) THEN 1.25 ELSE n END ELSE m END").alias("c3"), F.ifnull(((col("i") >= lit(-1)) & col("n").isNotNull()), lit(True)).alias("c4")).filter(((col("d") < col("j")) | (col("m") < expr("12.345"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
