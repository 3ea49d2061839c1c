from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.month(F.trunc(col("dt"), "yy"))).withColumn("c2", expr("ts")).withColumn("c3", expr("(right(s, 2) NOT IN ('日本', 'Hello', '日本'))")).withColumn("c4", col("c1").try_cast("decimal(5,1)")).withColumn("c5", expr("(id % nullif(TRY_CAST((id - id) AS INT), 0))")).drop("i", "j", "s", "t", "dt", "ts").where(((col("id") > F.when(col("b"), col("c5")).when(col("c3"), col("c5")).otherwise(col("id"))) | col("c1").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY n DESC NULLS LAST, id"]
