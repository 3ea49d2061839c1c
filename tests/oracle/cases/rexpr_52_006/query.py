from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("ts") - expr("INTERVAL 1 DAY"))).withColumn("c2", expr("nullif(d, 2.0D)")).withColumn("c3", ((col("m") + col("n")) / expr("-4.5"))).withColumn("c4", expr("format_string('%d%%', id)")).withColumn("c5", F.when(col("s").isin(lit("é")), col("id")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY b DESC NULLS FIRST, id DESC"]
