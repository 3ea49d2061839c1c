from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, ts TIMESTAMP, dt DATE, m DECIMAL(38,10), d DOUBLE, n DECIMAL(9,5), s STRING").load(INPUT)
result = df.groupBy("s").agg(F.count_if(expr("is_valid_utf8(unhex('C328'))")).alias("a1"), F.round(F.var_pop(F.shiftright(F.array_size(F.slice(F.array(col("i"), col("i"), lit(3), lit(4)), -2, 5)).cast('int'), 33)), 6).alias("a2")).orderBy(col("a1").desc(), col("s").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
