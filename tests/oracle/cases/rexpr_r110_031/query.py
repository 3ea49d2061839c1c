from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.to_number(col("s"), lit("999"))).withColumn("c2", F.next_day(F.date_add(lit(None).cast("date"), col("i")), "Mon")).withColumn("c3", F.array_join(F.array_append(F.array(F.validate_utf8(col("t"))), expr("typeof(array(s, NULL))")), '+', 'NUL')).select("id", "c1", "c2", "c3").where("(NOT coalesce((m < 99.99), false))")
OUTPUT_MODE = "append"
