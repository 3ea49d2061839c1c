from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when(col("i").isNotNull(), lit("日本").endswith(" ")).when(col("id").isNotNull(), (col("m") == expr("100BD"))).otherwise((col("m") < lit(99.99).cast("decimal(4,2)")))).withColumn("c2", expr("greatest(dt, dt, dt)")).withColumn("c3", col("s")).withColumn("c4", expr("id")).withColumn("c5", expr("date_from_unix_date(instr('a', 'é'))")).drop("i", "f", "m", "s", "dt")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY d DESC NULLS FIRST, id"]
