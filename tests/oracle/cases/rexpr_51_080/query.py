from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(9,5), d DOUBLE, dt DATE, m DECIMAL(10,2), s STRING, t STRING, i INT, ts TIMESTAMP, j INT, b BOOLEAN").load(INPUT)
result = df.select("id", F.format_number((F.when((col("s") != lit("a")), col("id")).otherwise(col("id")) - F.hour(col("ts"))), 0).alias("c1"), expr("CAST((i - id) AS DOUBLE) AS c2"), F.ascii(col("s")).alias("c3"), expr("(d * d) AS c4"), F.signum(F.nullif((col("i") * lit(10)), lit(3))).alias("c5")).where("((c1 RLIKE '^\\\\s') OR (id IS NOT NULL))")
OUTPUT_MODE = "append"
