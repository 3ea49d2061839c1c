from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(id - id)")).withColumn("c2", F.next_day(F.greatest(F.date_add(F.to_date(lit("2025-03-01")), col("i")), F.trunc(col("dt"), "WEEK")), "wednesday")).withColumn("c3", expr("try_to_timestamp(s)")).withColumn("c4", F.try_add(lit(-1.5), col("d"))).withColumn("c5", F.concat_ws(", ", F.when(F.forall(F.split(col("t"), " "), lambda x: x == lit("Hello")), col("t")).otherwise(lit("o")), col("t")))
OUTPUT_MODE = "append"
