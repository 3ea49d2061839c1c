spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "b", F.next_day(F.add_months(col("dt"), col("i")), "wednesday").alias("c1"), expr("try_validate_utf8(unhex('61FF62'))").alias("c2"), expr("nvl2(if((dt IS NOT NULL), id, 3L), m, 1.25) AS c3"), ((col("id") < lit(86400).cast("bigint")) & (~col("b"))).alias("c4")).filter("(NOT coalesce((s COLLATE UTF8_BINARY = 'Hello World'), false))")
OUTPUT_MODE = "append"
