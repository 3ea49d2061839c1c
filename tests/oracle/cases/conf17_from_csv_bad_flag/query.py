from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select(expr("from_csv(s, 'a STRING', map('ignoreLeadingWhiteSpace', 'yes'))").alias("x"))
OUTPUT_MODE = "append"
