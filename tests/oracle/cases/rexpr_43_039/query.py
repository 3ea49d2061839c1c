from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, b BOOLEAN, d DOUBLE, dt DATE, ts TIMESTAMP, t STRING, n DECIMAL(9,5), s STRING, m DECIMAL(18,6)").load(INPUT)
result = df.withColumn("c1", F.nullif(lit(86400).cast("bigint"), lit(3).cast("bigint"))).withColumn("c2", expr("id DIV i")).withColumn("c3", expr("replace(s, ' ', '')")).drop("i", "k", "d", "dt", "ts", "t", "s").filter(((col("dt") != F.to_date(lit("2024-02-29"))) | (col("d") < lit(3.75))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
