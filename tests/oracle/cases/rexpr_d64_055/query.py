from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("dayofmonth(add_months(trunc(add_months(DATE'2000-01-01', i), 'YEAR'), i))")).withColumn("c2", F.make_date(lit(2024), col("i"), lit(1))).withColumn("c3", (col("id") / F.nullif(col("d"), lit(0)))).withColumn("c4", F.when(col("f").isNotNull(), F.sha2(col("s"), 512)).otherwise(col("s"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
