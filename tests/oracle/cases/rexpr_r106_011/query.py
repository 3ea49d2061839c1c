from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, s STRING, m DECIMAL(10,2), dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(i >= 0)").withColumn("c1", col("i").cast("bigint")).withColumn("c2", F.to_number(expr("xpath_short('<a><b>7</b><b>' || i || '</b></a>', 'sum(a/b)')").cast('string'), lit('S9999'))).withColumn("c3", expr("to_binary(coalesce(s, 'o'), 'utf-8')")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
