from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("regexp_count(CAST(id AS STRING), ' ') AS k1")).agg(expr("sum(CASE WHEN forall(split('Hello', ' '), x -> x = 'o') THEN i ELSE 0 END) AS a1"), F.bool_or(((col("s") != lit("日本")) != col("b"))).alias("a2"))
OUTPUT_MODE = "update"
