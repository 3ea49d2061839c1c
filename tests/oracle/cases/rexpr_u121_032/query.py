from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.typeof(F.to_date(lit("2000-01-01"))).ilike("%o%") | col("dt").isNotNull())).select("id", F.str_to_map(F.unbase64(F.base64(expr("CASE i WHEN 10 THEN ts WHEN -1 THEN ts ELSE ts END").cast("string"))).cast('string'), lit(' '), lit('l')).alias("c1"), F.bit_get(col("i"), lit(40)).alias("c2"), expr("(CASE WHEN ifnull(false, true) THEN t WHEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') THEN repeat(substring(t, 5, 1), 0) WHEN (hex(unhex(t)) LIKE '%e') THEN array_join(split(s, ' '), '/') ELSE 'x-y' END COLLATE UTF8_BINARY = 'Hello World')").alias("c3"), F.array_repeat(col("s"), F.abs(col("i")) % 3).alias("c4"), expr("named_struct('x', i, 'y', array(t))").alias("c5"))
OUTPUT_MODE = "append"
