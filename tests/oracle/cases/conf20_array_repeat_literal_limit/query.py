from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("size(array_repeat('a', 2147483647)) AS r"))
OUTPUT_MODE = "append"
