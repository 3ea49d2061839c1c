from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(99.99 / 2.5)").alias("c1"), expr("CAST(i AS BIGINT) AS c2"), expr("(least(id, id) + id) AS c3"), expr("str_to_map(s, ' ', 'l')"))
OUTPUT_MODE = "append"
