from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("try_cast(s AS DECIMAL(38,10)) AS d38"), expr("try_cast(s AS DECIMAL(10,2)) AS d10"), expr("CAST(try_cast(s AS DECIMAL(38,0)) AS STRING) AS s38"))
OUTPUT_MODE = "append"
