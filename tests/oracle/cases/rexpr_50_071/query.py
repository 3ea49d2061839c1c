from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), dt DATE, b BOOLEAN, d DOUBLE, s STRING, k BIGINT, ts TIMESTAMP, i INT, n DECIMAL(5,3)").load(INPUT)
result = df.filter(col("n").isNotNull()).select("ts", expr("if((locate('l', s, 5) NOT IN (2, 1)), (nullif(id, 3L) + CASE WHEN b THEN id ELSE id END), id) AS c1"), col("m").isin(lit(100).cast("decimal(3,0)"), expr("100BD")), expr("length(s)").alias("c3"), expr("replace(concat(concat_ws('|', CAST(m AS STRING), s), s), ' ', '') AS c4"), expr("date_sub(to_date(date_format(to_date('2024-02-29'), 'yyyy-MM-dd'), 'yyyy-MM-dd'), i)").alias("c5"))
OUTPUT_MODE = "append"
