from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((F.when(col("b"), col("ts")) > col("dt")) | (col("j") != lit(10)))).withColumn("c1", F.right(col("s"), lit(4))).withColumn("c2", expr("next_day(DATE'2023-12-31', 'SUN')")).withColumn("c3", expr("least(f, nvl2(id, d, 2.0D))")).withColumn("c4", expr("CASE WHEN isnan(abs(0.1D)) THEN CASE WHEN b THEN -2L END END")).select("id", "c1", "c2", "c3", "c4").where("coalesce((ts IS NOT NULL), true)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1, c4 FROM rexpr_q ORDER BY id"]
