from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(endswith(s, ' '), true)").withColumn("c1", F.months_between(F.to_timestamp(F.date_format(F.date_trunc("SECOND", col("ts")), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), col("ts"))).withColumn("c2", F.when(col("b"), F.ltrim(col("t"))).when(F.coalesce(col("b"), lit(True)), col("s")).when((col("t") > lit(" ")), lit("42")).otherwise(col("s"))).withColumn("c3", col("dt")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY id"]
