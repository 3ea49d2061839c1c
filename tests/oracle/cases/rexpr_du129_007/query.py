from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(col("d").cast("int").alias("c1"), expr("regexp_extract_all(t, '([a-z])([a-z]+)', 2)").alias("c2"), expr("nullifzero(n)").alias("c3"), expr("to_date(date_format(trunc(next_day(dt, 'wednesday'), 'YEAR'), 'yyyyMMdd'), 'yyyyMMdd') AS c4"))
OUTPUT_MODE = "append"
