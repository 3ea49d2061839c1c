from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, d DOUBLE, s STRING").json(INPUT)
result = df.select("id", expr("nanvl(d, s) AS v"), expr("coalesce(d, CAST(s AS DOUBLE)) AS c"), expr("nvl(d, CAST(s AS INT)) AS n"))
OUTPUT_MODE = "append"
