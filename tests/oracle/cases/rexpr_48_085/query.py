from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("id").eqNullSafe(col("i")).cast("double")).withColumn("c2", expr("i")).withColumn("c3", expr("date_add(dt, (i - i))")).withColumn("c4", F.greatest(F.greatest(col("j"), col("j")), col("i").try_cast("int"))).withColumn("c5", expr("((id - i) % nullif(((- i) + abs(i)), 0))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT i, c5 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
