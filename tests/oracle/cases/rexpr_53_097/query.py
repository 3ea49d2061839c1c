from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.try_element_at(F.split(col("s"), " "), lit(2))).withColumn("c2", (col("dt") < F.to_date(lit("2023-12-31")))).withColumn("c3", F.least(F.date_sub(F.date_sub(col("dt"), col("i")), col("i")), F.make_date(lit(2024), lit(2), F.least(F.dayofmonth(col("dt")), lit(28))))).withColumn("k", F.when(col("c2"), col("k")).when(col("c2"), col("k")).when(col("c2"), col("id")).otherwise(col("id"))).drop("i", "k", "f", "m", "n", "s", "dt")
OUTPUT_MODE = "append"
