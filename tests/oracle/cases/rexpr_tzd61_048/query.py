spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "b", expr("round(greatest(least(m, n, m), ceil(m), n), 3) AS c1"), F.when((~col("b")), col("dt")).when((col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")).alias("c2"), expr("octet_length('é')").alias("c3"), expr("date_add(dateadd(to_date(date_format(date_from_unix_date(2), 'yyyy-MM-dd'), 'yyyy-MM-dd'), i), 0) AS c4"), expr("lcase(concat_ws('', CAST(try_multiply(i, i) AS STRING), CAST(j AS STRING), try_element_at(split(s, ','), -1)))").alias("c5"))
OUTPUT_MODE = "append"
