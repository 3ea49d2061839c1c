from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(20,0), f FLOAT, ts TIMESTAMP, d DOUBLE, t STRING, m DECIMAL(10,2), s STRING, j INT, dt DATE, i INT, b BOOLEAN").load(INPUT)
result = df.where("(((t <=> 'o') <=> CASE WHEN (m <> 1.25) THEN b ELSE (d IS NOT NULL) END) OR (m IS NOT NULL))").withColumn("c1", F.when((F.array_contains(F.split(col("t"), ","), "o") & (col("m") >= col("d"))), (col("i") - col("id"))).otherwise(col("id"))).withColumn("c2", col("i").try_cast("decimal(10,4)")).withColumn("c3", expr("coalesce(f, f, 100.0D)")).withColumn("c4", F.format_string("[%5s|%-4d]", col("t"), col("id"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id"]
