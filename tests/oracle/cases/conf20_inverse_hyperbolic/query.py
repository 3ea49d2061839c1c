from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, d DOUBLE").json(INPUT)
result = df.select("id", expr("asinh(d) AS a"), expr("acosh(d) AS c"), expr("atanh(d / 1e308) AS t"))
OUTPUT_MODE = "append"
