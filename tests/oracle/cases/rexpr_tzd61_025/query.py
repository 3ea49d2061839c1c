spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce(isnan((3.75D * id)), false))").select("id", ((col("n") - col("n")) - col("i")).alias("c1"), expr("least(id, id)").alias("c2"), expr("array_join(split(try_element_at(split(s, ' '), -1), ' '), '') AS c3"), expr("(- round(n, 3)) AS c4"))
OUTPUT_MODE = "append"
