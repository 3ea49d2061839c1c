from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT").json(INPUT)
result = df.selectExpr("id", "-(9999999999999999999999999999.9999999999) AS a")
OUTPUT_MODE = "append"
