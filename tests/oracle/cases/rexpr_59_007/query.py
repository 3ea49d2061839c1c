from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("b", (col("d") < (col("m") * expr("100BD")))).withColumn("c2", expr("date_sub(to_date('2000-01-01'), i)")).withColumn("s", F.concat_ws("-", F.ltrim(F.greatest(lit("abc"), col("s"), lit("x-y"))), F.replace(col("s"), lit(" "), lit("")), col("s"))).withColumn("c4", expr("((1 * i) % nullif(j, 0))")).where(((col("ts") == col("c2")) | col("c4").isNull()))
OUTPUT_MODE = "append"
