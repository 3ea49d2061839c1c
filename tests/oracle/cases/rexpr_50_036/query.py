from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(m - d)")).withColumn("dt", F.when(F.concat(col("s"), lit(""), col("n").cast("string")).endswith("é"), col("dt")).when(col("b"), F.last_day(col("dt"))).otherwise(F.date_sub(F.when(col("b"), col("dt")).when((col("dt") > F.to_date(lit("2000-01-01"))), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")), F.nullif(col("i"), lit(5))))).withColumn("c3", expr("nullif(f, -1.5D)")).select("id", "c1", "c3").where("coalesce((unix_timestamp(TIMESTAMP'2024-03-01 12:30:00.123456') = c1), true)")
OUTPUT_MODE = "append"
