from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(nullif(id, 1000L) DIV nullif(i, 0))")).withColumn("c2", expr("isnan(d)")).withColumn("c3", (col("id") + col("id"))).withColumn("c4", F.greatest(col("i"), (-col("i")), col("i"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1, c3 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
