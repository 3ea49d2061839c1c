from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("s", expr("is_valid_utf8(unhex('C328'))").alias("c1"), F.tanh(F.size(F.map_keys(F.str_to_map(expr("CAST(last_day(DATE'2000-01-01') AS STRING)"), lit(' '), lit('l'))))).alias("c2"), F.greatest(col("dt"), F.add_months(col("dt"), col("i")), F.when((col("m") != lit(12.345).cast("decimal(5,3)")), col("dt")).otherwise(col("dt"))).alias("c3"), expr("bitwise_not(shiftright(pmod(i, nullif(zeroifnull(i), 0)), 2)) AS c4")).filter("(i IS NOT NULL)")
OUTPUT_MODE = "append"
