from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.add_months(F.trunc(F.greatest(F.to_date(lit("2024-02-29")), col("dt"), F.to_date(lit("2000-01-01"))), "YEAR"), col("i"))).withColumn("c2", F.ceil(F.when(F.abs(F.round(col("f"), 3)) < lit(1e9), F.round(col("f"), 3)))).withColumn("c3", F.when(col("i").isNotNull(), col("m")).when((col("dt") < F.to_date(lit("2024-02-29"))), col("m")).otherwise(col("m"))).withColumn("c4", expr("dateadd(last_day(date_add(date_add(dt, i), (i - i))), -1)")).select("id", "c1", "c2", "c3", "c4").filter("(c1 <> to_date('2000-01-01'))")
OUTPUT_MODE = "append"
