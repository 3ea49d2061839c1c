from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("nvl2(try_element_at(split(s, ','), 1), (m + m), 100BD) AS c1"), (F.when(col("b"), col("ts")) - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).alias("c2"), expr("(dt + INTERVAL 1 DAY) AS c3"), expr("CASE i WHEN 1 THEN id ELSE 1L END").alias("c4")).filter("((substr(s, 2, 1) RLIKE '^\\\\s') OR (NOT b))")
OUTPUT_MODE = "append"
