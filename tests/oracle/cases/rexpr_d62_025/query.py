from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.regexp_like(col("s"), lit("[0-9]+"))).withColumn("c2", expr("regexp_replace(regexp_extract(s, '([A-Za-z]+) ([A-Za-z]+)', 2), ' +', '_')")).withColumn("c3", F.when((col("c2") < lit("Hello")), F.date_add(F.to_date(lit("2024-02-29")), col("i"))).when((F.array_contains(F.split(col("c2"), ","), "a") | F.nvl(col("c2").isNotNull(), lit(True))), F.next_day(F.when(col("b"), col("dt")).otherwise(col("dt")), "TU")).otherwise(F.date_add(F.date_sub(col("dt"), col("i")), (lit(10) * col("i"))))).withColumn("d", F.bround((col("d") / lit(2.0)), -1)).withColumn("c5", expr("lpad(s, 8, ' ')")).drop("j", "m", "n", "dt", "ts").filter((F.isnan(lit(3.75)) | (col("m") < lit(.5).cast("decimal(2,1)"))))
OUTPUT_MODE = "append"
