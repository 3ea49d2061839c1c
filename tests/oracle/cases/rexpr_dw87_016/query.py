from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((F.coalesce(F.isnan(col("f")), lit(False)) | lit(True)) | col("i").isNull())).withColumn("c1", (col("j") == (col("i") * col("m")))).withColumn("c2", expr("trunc(dt, 'yy')")).withColumn("c3", F.date_from_unix_date(col("i"))).withColumn("c4", F.date_format(F.nullif(F.to_timestamp(lit("2024-02-29 00:00:00")), F.to_timestamp(lit("2024-02-29 00:00:00"))), "yyyyMMdd").rlike("o$")).withColumn("dt", F.trunc(F.to_date(lit("2024-02-29")), "YEAR")).select("id", "c1", "c2", "c3", "c4").filter("((ts >= add_months(dt, i)) OR (n IS NOT NULL))")
OUTPUT_MODE = "append"
