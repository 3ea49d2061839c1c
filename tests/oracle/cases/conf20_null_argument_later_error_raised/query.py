from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, i INT, s STRING").json(INPUT)
result = df.select("id", expr("timestampadd(DAY, instr(s, 'a'), make_timestamp(2024, 1, 1, i, 0, 0)) AS t"))
OUTPUT_MODE = "append"
