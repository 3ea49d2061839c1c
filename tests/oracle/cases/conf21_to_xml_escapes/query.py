from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("to_xml(named_struct('_a', s, 'b', s)) AS x"))
OUTPUT_MODE = "append"
