from pyspark.sql.functions import expr, col
df = spark.readStream.schema("id INT, m DECIMAL(38,10), n DECIMAL(35,8)").json(INPUT)
result = df.select("id", expr("negative(m) AS nm"), (-col("n")).alias("nn"), expr("abs(m) AS am"), expr("abs(n) AS an"))
OUTPUT_MODE = "append"
