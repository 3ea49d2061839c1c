from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(startswith(chr(abs(i) % 90 + 32), 'é'), true)").withColumn("d", expr("least(3.75D, 0.1D)")).withColumn("c2", (lit(5) * col("i"))).withColumn("c3", F.array_join(F.split(F.date_format(F.when(col("b"), col("ts")).when(col("b"), col("ts")).otherwise(col("ts")), "EEE"), "[aeiou]"), "-")).withColumn("c4", expr("(id / i)")).withColumn("c5", (-F.when(col("b"), col("d")).otherwise((col("d") / F.nullif(lit(0.5), lit(0)))))).drop("i", "m", "s", "b", "dt", "ts").filter((~F.coalesce(col("i").isin(lit(10)), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5 FROM rexpr_q ORDER BY id"]
