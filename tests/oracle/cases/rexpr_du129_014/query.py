from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((lit(.001).cast("decimal(4,3)").between(lit(12.345).cast("decimal(5,3)"), expr("0.5")) | col("n").isNull())).select("id", expr("to_json(from_csv(CAST(make_ym_interval(i, 5) AS STRING), 'a INT, b STRING')) AS c1"), expr("xpath_float('<a b=\"' || nvl2(CASE WHEN (d IS NOT NULL) THEN s WHEN false THEN s WHEN (m IS NOT NULL) THEN s ELSE schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>') END, size(split(coalesce('Hello', 'o'), '-')), ascii(char(i))) || '\"/>', 'a/@b')").alias("c2"), expr("explode(map('a', bitwise_not(i), 'b', second(TIMESTAMP'2024-02-29 00:00:00')))"))
OUTPUT_MODE = "append"
