from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (F.dayofmonth(col("dt")) * F.round(col("m"))).alias("c1"), expr("((n IS NOT NULL) AND (m = 0.5))").alias("c2"), expr("array_insert(array(2, position(current_schema(), date_format(timestamp_micros(CAST(i AS BIGINT) * 1000000000L), 'dd.MM.yy'), 2)), -1, 9)").alias("c3"), F.validate_utf8(F.hex(F.to_binary(F.rpad(F.typeof(col("i")), 6, "*"), lit('utf-8')))).alias("c4"), expr("smallint(size(split(s, '  *')))"))
OUTPUT_MODE = "append"
