from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((m <=> ascii(s)) OR (i <= 10))").select("id", expr("(f * (i - d)) AS c1"), expr("(locate('l', lpad(concat_ws('|', s, '2024-02-29', s), 8, 'ab'), 1) + i)").alias("c2")).filter("((try_element_at(split(t, ' '), 1) IN ('日本', '2024-02-29')) OR ((NOT b) IS NULL))")
OUTPUT_MODE = "append"
