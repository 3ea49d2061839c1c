df = spark.readStream.schema("i INT").json(INPUT)
df.createOrReplaceTempView("v")
result = spark.sql("SELECT product(i) AS p FROM v")
OUTPUT_MODE = "complete"
