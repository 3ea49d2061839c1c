from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, m DECIMAL(38,10)").json(INPUT)
result = df.select("id", expr("negative(m) AS nm"))
OUTPUT_MODE = "append"
