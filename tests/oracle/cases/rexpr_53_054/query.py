from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, ts TIMESTAMP, n DECIMAL(20,0), dt DATE, s STRING, d DOUBLE, m DECIMAL(12,4), b BOOLEAN, k BIGINT").json(INPUT)
result = df.withColumn("c1", (F.when(col("i").isNotNull(), lit(3.75)).when(col("b"), col("d")).otherwise(col("d")) < col("d"))).withColumn("c2", F.instr(F.length(col("s")).cast("string"), "o")).withColumn("c3", expr("TRY_CAST(s AS DATE)")).drop("i", "ts", "n", "s", "d", "m", "k")
OUTPUT_MODE = "append"
