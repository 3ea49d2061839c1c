from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when((col("f") <= lit(0.5)), col("d")).when(col("b"), col("f")).when(col("s").rlike("^$"), F.sqrt(col("i")))).withColumn("c2", expr("dt")).where("((s IS NOT NULL) OR (s > 'x-y'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
