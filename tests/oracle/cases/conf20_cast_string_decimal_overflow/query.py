from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("CAST(s AS DECIMAL(10,2)) AS d"))
OUTPUT_MODE = "append"
